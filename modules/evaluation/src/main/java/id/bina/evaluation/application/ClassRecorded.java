package id.bina.evaluation.application;

import id.bina.training.ClassCompleted;

/**
 * Fired inside evaluation, synchronously in the recording transaction, the first time a completed class is
 * recorded: reaction surveys, follow-ups and the like start from here, so a repeated delivery of {@link
 * ClassCompleted} starts nothing twice.
 */
public record ClassRecorded(ClassCompleted completed) {}
