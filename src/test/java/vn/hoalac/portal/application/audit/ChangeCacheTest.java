package vn.hoalac.portal.application.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeCacheTest {

    private final AtomicLong newestEvent = new AtomicLong(7);
    private final AtomicInteger reads = new AtomicInteger();
    private ChangeCache cache;

    private static final PortalUser PARK = new PortalUser("bql.soan", "Soạn", null, "BQL", Set.of(Role.PARK_MANAGER));
    private static final PortalUser DHBK = new PortalUser("dhbk.gopy", "Góp ý", null, "DHBK", Set.of(Role.UNIVERSITY_REVIEWER));

    @BeforeEach
    void setUp() {
        cache = new ChangeCache();
        cache.events = new AuditEvents() {
            @Override
            public List<AuditLog.Event> find(AuditLog.Filter filter, int first, int max) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long count(AuditLog.Filter filter) {
                throw new UnsupportedOperationException();
            }

            @Override
            public AuditLog.Verification verify() {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Map<Long, String> labels(String entityType, java.util.Collection<Long> ids) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long newestId() {
                return newestEvent.get();
            }
        };
    }

    private String tasksOf(PortalUser user) {
        return cache.get("tasks", user, () -> user.username() + " read " + reads.incrementAndGet());
    }

    @Test
    void aSecondVisitWithNothingChangedIsAnsweredWithoutReading() {
        assertEquals("bql.soan read 1", tasksOf(PARK));
        assertEquals("bql.soan read 1", tasksOf(PARK));
        assertEquals(1, reads.get());
    }

    @Test
    void oneUsersAnswerIsNeverAnotherUsers() {
        assertEquals("bql.soan read 1", tasksOf(PARK));
        assertEquals("dhbk.gopy read 2", tasksOf(DHBK));
        PortalUser sameNameOtherRole = new PortalUser("bql.soan", "Soạn", null, "BQL", Set.of(Role.COMMITTEE_APPROVER));
        assertEquals("bql.soan read 3", tasksOf(sameNameOtherRole));
    }

    @Test
    void aChangeCommittedHereIsShownAtTheNextVisit() {
        tasksOf(PARK);
        cache.committed(new AuditRecorded(AuditAction.DRAFT_SAVED, "PLAN", "1"));
        assertEquals("bql.soan read 2", tasksOf(PARK));
    }

    @Test
    void aChangeRecordedByAnotherInstanceIsShownAtTheNextVisit() {
        tasksOf(PARK);
        newestEvent.incrementAndGet();
        assertEquals("bql.soan read 2", tasksOf(PARK));
    }
}
