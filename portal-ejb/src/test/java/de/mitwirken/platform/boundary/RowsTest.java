package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Organisation;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void onlyTheNameKeysDuplicateCountsAsTwoOfficesVerifyingOneOrganisation() {
        SQLException nameTaken = new SQLException("(conn=7) Duplicate entry 'stadtwerke' for key '"
                + Organisation.UNIQUE_NAME + "'", "23000", 1062);
        assertTrue(Rows.brokeUniqueKey(new RuntimeException("flush", new RuntimeException(nameTaken)),
                Organisation.UNIQUE_NAME));
        assertFalse(Rows.brokeUniqueKey(new SQLException("Duplicate entry '1-2-1' for key "
                + "'uq_organisation_representative_active'", "23000", 1062), Organisation.UNIQUE_NAME),
                "another unique key is another story");
        assertFalse(Rows.brokeUniqueKey(new SQLException("Lock wait timeout exceeded", "HY000", 1205),
                Organisation.UNIQUE_NAME));
        assertFalse(Rows.brokeUniqueKey(new IllegalStateException("no cause"), Organisation.UNIQUE_NAME));
    }
}
