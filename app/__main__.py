"""`python -m app`: same as the `pasapas` command."""

from app.cli import main

raise SystemExit(main())
