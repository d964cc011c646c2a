"""The « Statistiques » space of the desk."""
