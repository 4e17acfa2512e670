"""Word lists, as Python data with a reason each: speech verbs, titles, roles, pronouns."""
