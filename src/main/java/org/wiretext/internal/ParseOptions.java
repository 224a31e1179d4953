package org.wiretext.internal;

import java.util.Optional;

/** The options a parse runs with, as the public builder validated them. */
public record ParseOptions(Optional<String> articleId, String defaultLanguage, int maxWarnings) {}
