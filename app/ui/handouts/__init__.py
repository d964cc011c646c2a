"""Take-home handouts in the desk: the « Imprimer une fiche » dialog, printing, screenshots."""
