/**
 * Segmentation (segmentointi, SEG-1, SEG-2): predicates over customer attributes combined with and/or/not,
 * and audiences resolved to de-duplicated recipients in stable order.
 */
package fi.hoitomalli.segment;
