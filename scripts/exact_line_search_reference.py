"""Reference runs of steepest descent with exact line search, the tutorial's loop run with SciPy.

Cross-checks the figures asserted in tests/TerrainDescent.Core.Tests (ExactLineSearchDescentTests) and printed
by `terrain-descent optimize --method exact-line-search`. Run with Debian's python3-numpy and python3-scipy
(SciPy 1.10.1 on Debian 12; `apt-get install python3-scipy`): /usr/bin/python3 scripts/exact_line_search_reference.py

Expected output (SciPy 1.10.1, NumPy 1.24.2):
  quadratic:  k = 12, x = [-0.9999970077013121, -0.0714286289789973], f = 0.9642857142946912
  rosenbrock: k = 11990, x = [0.9999911956768985, 0.9999823415113582], f = 7.776530546515827e-11

The loop counter k is incremented before the gradient check, so it counts the check that ends the loop:
k = line searches + 1 when the tolerance is met.
"""
import numpy as np
from scipy.optimize import minimize_scalar, rosen, rosen_der


def steepest_descent(f, grad, x0, tol=1e-5, max_iter=20_000):
    """d = -grad f(x); alpha = argmin f(x + alpha d) (minimize_scalar, defaults); x = x + alpha d."""
    x = np.asarray(x0, dtype=float)
    k = 0
    while k < max_iter:
        g = grad(x)
        k += 1
        if np.linalg.norm(g, np.inf) < tol:
            break
        d = -g
        alpha = minimize_scalar(lambda a: f(x + a * d)).x
        x = x + alpha * d
    return x, k


def quadratic(x):
    return x[0] ** 2 + 7 * x[1] ** 2 + 2 * x[0] + x[1] + 2


def quadratic_grad(x):
    return np.array([2 * x[0] + 2, 14 * x[1] + 1])


if __name__ == "__main__":
    x, k = steepest_descent(quadratic, quadratic_grad, [0.0, 1.0])
    print(f"quadratic:  k = {k}, x = {x.tolist()}, f = {quadratic(x)!r}  (printed: {x}, {quadratic(x):.12f})")
    x, k = steepest_descent(rosen, rosen_der, [-2.0, -2.0])
    print(f"rosenbrock: k = {k}, x = {x.tolist()}, f = {rosen(x)!r}  (printed: {x})")
