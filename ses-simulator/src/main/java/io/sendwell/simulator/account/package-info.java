/** Account state: send quota and rate (enforced per recipient), enforcement status, GetAccount. */
package io.sendwell.simulator.account;
