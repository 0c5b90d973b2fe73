"""Qt item models: they receive rows from their page and never query the database."""
