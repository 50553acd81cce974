"""Small reusable widgets and helpers every page uses: form fields, deferred reload, the theme."""
