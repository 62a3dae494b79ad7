package org.observatory;

/** The layer rules over app and the core it uses. */
class ArchitectureTest extends CommonArchitectureTest {}
