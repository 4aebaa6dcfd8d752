package fi.hoitomalli.archfixture.a;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.time.Instant;
import java.util.UUID;
import fi.hoitomalli.archfixture.b.UsesA;
import fi.hoitomalli.archfixture.b.internal.Secret;

/** Reads the clock, makes random ids, does file I/O, uses Jackson outside json and another feature's internals. */
public class BreaksRules {
    public String all() {
        ObjectMapper mapper = new ObjectMapper();
        return Instant.now() + " " + UUID.randomUUID() + " " + new File("x").exists() + " " + new Secret()
                + mapper + new UsesA();
    }
}
