/**
 * Customer meetings (asiakastapaamiset, Table 4), account teams (asiakkuustiimit) and the customer steering
 * group (asiakasohjausryhmä), with their cadences (§5).
 */
package fi.hoitomalli.meeting;
