package fi.hoitomalli.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.Sector;

/**
 * JSON shapes of the customer base: {@code OrgStructure} as {@code {"sectors":[…],"units":[…]}} and
 * {@code CustomerBase} as {@code {"orgStructure":{…},"customers":[…]}}, rebuilt through their factories.
 */
final class CustomerJson {

    private CustomerJson() {
    }

    record OrgStructureShape(List<Sector> sectors, List<OrgUnit> units) {
    }

    record CustomerBaseShape(OrgStructure orgStructure, List<Customer> customers) {
    }

    static void register(SimpleModule module) {
        Constituents.register(module, OrgStructure.class, OrgStructureShape.class,
                org -> new OrgStructureShape(org.sectors(), org.units()),
                shape -> OrgStructure.of(shape.sectors(), shape.units()));
        Constituents.register(module, CustomerBase.class, CustomerBaseShape.class,
                base -> new CustomerBaseShape(base.orgStructure(), base.customers()),
                shape -> CustomerBase.of(shape.orgStructure(), shape.customers()));
    }
}
