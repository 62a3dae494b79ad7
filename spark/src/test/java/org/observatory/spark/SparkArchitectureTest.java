package org.observatory.spark;

import org.observatory.CommonArchitectureTest;

/** The layer rules over the spark module and the core it uses. */
class SparkArchitectureTest extends CommonArchitectureTest {}
