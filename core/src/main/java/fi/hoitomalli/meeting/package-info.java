/**
 * Customer meetings (asiakastapaamiset, Table 4), account teams (asiakkuustiimit) and the customer steering
 * group (asiakasohjausryhmä), with their cadences.
 */
package fi.hoitomalli.meeting;
