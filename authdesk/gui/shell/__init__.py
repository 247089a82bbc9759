"""The application shell: start-up, which window is up, getting in and staying in, the main
window and the registry of its pages. It may import every feature package."""
