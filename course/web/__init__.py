"""The Panel web app: per-visitor state objects, their views, and the server around them."""
