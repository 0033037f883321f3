/**
 * The execution role's permission model: which actions and resources each Task and each machine feature needs
 * ({@link dev.stepproof.toolkit.internal.audit.iam.IamRequirements}, a data table), what the role's policies
 * grant ({@link dev.stepproof.toolkit.internal.audit.iam.Statement}), and the three-valued comparison of the
 * two ({@link dev.stepproof.toolkit.internal.audit.iam.PermissionModel}).
 */
package dev.stepproof.toolkit.internal.audit.iam;
