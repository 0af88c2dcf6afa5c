"""The widgets of the triage screen."""
