/**
 * Evaluation module, published API: training and mentoring effectiveness on the Kirkpatrick levels, with
 * reports. Sub-packages are internal. May use: platform, competency, training, mentoring.
 */
package id.bina.evaluation;
