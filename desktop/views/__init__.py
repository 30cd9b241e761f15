"""The main window's views: document, review, back-translation, batch."""
