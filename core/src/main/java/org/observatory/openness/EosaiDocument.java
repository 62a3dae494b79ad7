package org.observatory.openness;

/**
 * One file of the European Open Source AI Index: a model entry, the list of scored dimensions
 * ({@code _parameters.yml}), their descriptions ({@code _parameters-descriptions.yml}), or the
 * empty submission template.
 */
sealed interface EosaiDocument
    permits EosaiEntry, EosaiParameters, EosaiDescriptions, EosaiDocument.Template {
  /** {@code a_submission_template.yaml}: an entry with no system name, which the site skips too. */
  record Template() implements EosaiDocument {}
}
