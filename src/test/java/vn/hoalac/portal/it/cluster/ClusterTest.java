package vn.hoalac.portal.it.cluster;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the cluster stack (two instances behind nginx, {@link ClusterStackExtension}). The tag {@code cluster}
 * is what failsafe's executions select on (pom.xml): the first one excludes it, the second one runs only it, also when
 * a single test is chosen with {@code -Dit.test=NAME}. Every *IT in this package must carry it (ClusterTestsTaggedTest).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(ClusterTest.TAG)
@ExtendWith(ClusterStackExtension.class)
public @interface ClusterTest {
    String TAG = "cluster";
}
