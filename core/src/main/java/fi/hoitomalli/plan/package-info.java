/**
 * Account plans (asiakkuussuunnitelmat): one versioned plan per sector with the four sections of Table
 * 5.
 */
package fi.hoitomalli.plan;
