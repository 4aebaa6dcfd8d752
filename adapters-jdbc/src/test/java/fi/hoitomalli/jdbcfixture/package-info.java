/**
 * Test fixture for {@code JdbcArchitectureTest.rulesCanFail}: an "adapter" that breaks every rule of the
 * JDBC adapter. Not part of the analysed production classes.
 */
package fi.hoitomalli.jdbcfixture;
