"""Built-in quiz question kinds; each module registers one kind."""
