/** Service kit of Hamkori. */
package org.hamkori.kit;
