/** Small UI helpers shared by every module's views. */
package fr.vigie.shared.ui;
