"""Staff accounts on screen: the first admin, the login and lock page, accounts and audit dialogs."""
