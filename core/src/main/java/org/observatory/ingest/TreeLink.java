package org.observatory.ingest;

import org.observatory.model.Relation;

/**
 * A child id as a model-tree CSV lists it under a column (children, adapters, quantized, merges).
 */
record TreeLink(String rawChild, Relation relation) {}
