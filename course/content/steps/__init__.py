"""Built-in lesson step kinds; each module registers one kind."""
