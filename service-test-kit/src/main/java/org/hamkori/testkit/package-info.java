/** Test kit of Hamkori. */
package org.hamkori.testkit;
