"""`make bench`: drive logged-in pages with wrk against gunicorn; see run.py. Not a test."""
