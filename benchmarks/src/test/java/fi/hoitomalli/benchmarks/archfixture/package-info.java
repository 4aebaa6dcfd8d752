/**
 * Test fixture for {@code BenchmarksArchitectureTest.rulesCanFail()}: classes that break the benchmarks'
 * architecture rules on purpose. Never imported by the rules themselves (tests are excluded).
 */
package fi.hoitomalli.benchmarks.archfixture;
