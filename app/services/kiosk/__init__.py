"""The kiosk's services: a read-only guides catalogue, ticket taking, kiosk settings and the staff PIN,
and the database guard that keeps the kiosk away from everything else."""
