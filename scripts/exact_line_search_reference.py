"""Reference runs of steepest descent with exact (Brent) line search, using SciPy.

Cross-checks the figures asserted in tests/TerrainDescent.Core.Tests for the `exact-line-search` method.
Run with an interpreter that has numpy and scipy, for example: /usr/bin/python3 scripts/exact_line_search_reference.py
"""
import numpy as np
from scipy.optimize import minimize_scalar


def steepest_descent(f, grad, x0, tol=1e-5, max_iter=20_000):
    """x_{k+1} = x_k - a_k g_k with a_k = argmin_a f(x_k - a g_k) (Brent); stop when ||g||_inf < tol."""
    x = np.asarray(x0, dtype=float)
    for k in range(max_iter):
        g = grad(x)
        if np.max(np.abs(g)) < tol:
            return x, k
        a = minimize_scalar(lambda a: f(x - a * g), method="brent").x
        x = x - a * g
    return x, max_iter


def quadratic(x):
    return x[0] ** 2 + 7 * x[1] ** 2 + 2 * x[0] + x[1] + 2


def quadratic_grad(x):
    return np.array([2 * x[0] + 2, 14 * x[1] + 1])


def rosenbrock(x):
    return 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2


def rosenbrock_grad(x):
    return np.array([-400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0]), 200 * (x[1] - x[0] ** 2)])


if __name__ == "__main__":
    x, k = steepest_descent(quadratic, quadratic_grad, [0.0, 1.0])
    print(f"quadratic:  x = {x!r}, f = {quadratic(x)!r}, iterations = {k}")
    x, k = steepest_descent(rosenbrock, rosenbrock_grad, [-2.0, -2.0])
    print(f"rosenbrock: x = {x!r}, f = {rosenbrock(x)!r}, iterations = {k}")
