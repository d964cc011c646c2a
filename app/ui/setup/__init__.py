"""The first-run wizard: join (or create) the network, the site, this PC, its role and name."""
