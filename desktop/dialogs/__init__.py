"""Dialogs: settings, model manager."""
