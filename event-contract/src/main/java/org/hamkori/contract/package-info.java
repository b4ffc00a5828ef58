/** Event contract of Hamkori. */
package org.hamkori.contract;
