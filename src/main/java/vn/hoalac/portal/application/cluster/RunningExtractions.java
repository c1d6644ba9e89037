package vn.hoalac.portal.application.cluster;

/** The port to this instance's extraction workers: how many jobs they are extracting at this moment. */
public interface RunningExtractions {

    int runningHere();
}
