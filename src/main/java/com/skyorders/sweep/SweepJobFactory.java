package com.skyorders.sweep;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Hands Quartz our job instances, built once with their dependencies, instead of letting it call a constructor. */
final class SweepJobFactory implements JobFactory {

    private final Map<Class<? extends Job>, SweepJob> jobs;

    SweepJobFactory(Iterable<SweepJob> jobs) {
        this.jobs = StreamSupport.stream(jobs.spliterator(), false)
                .collect(Collectors.toMap(SweepJob::getClass, Function.identity()));
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        SweepJob job = jobs.get(bundle.getJobDetail().getJobClass());
        if (job == null) {
            throw new SchedulerException(
                    "No job of class " + bundle.getJobDetail().getJobClass().getName());
        }
        return job;
    }
}
