/**
 * Test fixture for {@code ExamplesArchitectureTest.rulesCanFail()}: classes that break the examples'
 * architecture rules on purpose. Never imported by the rules themselves (tests are excluded).
 */
package fi.hoitomalli.examples.archfixture;
