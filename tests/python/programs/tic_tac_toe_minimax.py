# Tic-tac-toe with a full minimax search (memoized) playing against itself.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None
memo = {}
def minimax(board, player):
    if board in memo:
        return memo[board]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in board:
        result = (0, None)
    else:
        best = None
        for i, cell in enumerate(board):
            if cell == ".":
                nxt = board[:i] + player + board[i + 1:]
                score, _ = minimax(nxt, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[board] = result
    return result
def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))
board, player = ".........", "X"
score, _ = minimax(board, player)
print("value of empty board:", score, "positions explored:", len(memo))
while not winner(board) and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board) or "draw")
board = "XX.OO...."
print("X to move wins at", minimax(board, "X")[1], "| O to move blocks/wins at", minimax(board, "O")[1])
print(sum(1 for b, (s, _) in memo.items() if s == 1), sum(1 for b, (s, _) in memo.items() if s == -1))
