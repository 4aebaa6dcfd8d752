/**
 * Access control (AX-1, AX-2): who may read which record or summary, and retention of free text.
 */
package fi.hoitomalli.access;
