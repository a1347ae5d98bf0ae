/**
 * Training module, published API: catalog ({@link id.bina.training.Catalog}: courses and their classes),
 * {@link id.bina.training.Enrolments} (seats, approval, waitlist), {@link id.bina.training.TrainingRecords} (my JP
 * and certificates, who is below the JP target), the {@link id.bina.training.JpLedger} (the 20 JP a year) and
 * the event {@link id.bina.training.TrainingCompleted}; for the portal's HR and plan pages
 * {@link id.bina.training.CatalogAdministration}, {@link id.bina.training.ClassAttendance},
 * {@link id.bina.training.DevelopmentPlans} and {@link id.bina.training.AgencyPlans}.
 * Sub-packages are internal. May use: platform, competency.
 */
package id.bina.training;
