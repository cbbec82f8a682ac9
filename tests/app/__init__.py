"""AppTests: every dashboard page rendered headless with AppTest against a tiny fixture store."""
