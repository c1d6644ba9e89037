package vn.hoalac.portal.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A hung server's thread dump is summed up by its busy request threads, not by those waiting for work. */
class ThreadDumpTest {

    private static final String DUMP = """
            "http-thread-pool::http-listener(1)" #101 daemon prio=5 os_prio=0 tid=0x1 nid=0x2 waiting on condition
               java.lang.Thread.State: WAITING (parking)
            	at jdk.internal.misc.Unsafe.park(java.base/Native Method)
            	at java.util.concurrent.LinkedTransferQueue.take(java.base/LinkedTransferQueue.java:1188)

            "http-thread-pool::http-listener(2)" #102 daemon prio=5 os_prio=0 tid=0x3 nid=0x4 waiting on condition
               java.lang.Thread.State: TIMED_WAITING (parking)
            	at jdk.internal.misc.Unsafe.park(java.base/Native Method)
            	at com.hazelcast.spi.impl.AbstractInvocationFuture.get(AbstractInvocationFuture.java:615)
            	at fish.payara.ha.hazelcast.store.HazelcastBackingStore.load(HazelcastBackingStore.java:80)

            "portal-scheduler-1" #103 daemon prio=5 os_prio=0 tid=0x5 nid=0x6 runnable
               java.lang.Thread.State: RUNNABLE
            	at java.net.SocketInputStream.read(java.base/SocketInputStream.java:1)
            """;

    @Test
    void onlyTheRequestThreadsNotWaitingForWorkAreShown() {
        String summary = ThreadDump.busyRequestThreads(DUMP);
        assertThat(summary).contains("1 request thread(s) busy", "http-listener(2)", "HazelcastBackingStore.load")
                .doesNotContain("http-listener(1)", "portal-scheduler-1");
    }
}
