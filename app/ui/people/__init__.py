"""« Personnes suivies » : followed beneficiaries (with consent), their history, their rights."""
