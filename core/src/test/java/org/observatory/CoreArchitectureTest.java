package org.observatory;

/** The layer rules over core. */
class CoreArchitectureTest extends CommonArchitectureTest {}
